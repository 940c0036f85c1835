import TerminalCore
import WorkbenchWidgets

/// The first screen of an empty workspace: what Drawbridge is for and how to start.
struct WelcomeView {
    /// The workspace file's name, shown so people know which file they are in.
    var fileName: String

    /// Applies a keymap action.
    func perform(_ action: ActionID) -> ViewEffect {
        switch action {
        case .loadDemo: return .loadDemo
        case .addTeam: return .addTeam
        case .startScan: return .startScan
        default: return .none
        }
    }

    /// The text of the screen: (text, role) per line.
    private func lines() -> [(String, ThemeRole)] {
        [
            ("Welcome to Drawbridge", .title),
            ("", .text),
            ("This workspace (\(fileName)) is empty. Drawbridge tracks a migration", .text),
            ("programme off CUDA: teams, codebases, porting attempts, the", .text),
            ("interventions that helped them, and what each port still costs.", .text),
            ("", .text),
            ("  d   load the demo programme to look around", .text),
            ("  t   add your first team", .text),
            ("  s   scan a directory for what ties it to CUDA", .text),
            ("  ?   every key · q quits", .text),
        ]
    }

    /// Draws the text centred in the body.
    func render(into canvas: inout Canvas, in rect: Rect, context: ViewContext) {
        let theme = context.theme
        let content = lines()
        let width = (content.map { TextWidth.of($0.0) }.max() ?? 0) + 6
        let box = rect.centered(width: width, height: content.count + 4)
        let inner = canvas.drawPane(box, title: "Drawbridge", focused: true, theme: theme).inset(left: 1, right: 1)
        for (index, line) in content.enumerated() where index + 1 < inner.height {
            canvas.drawLine(line.0, in: inner.row(index + 1), style: theme[line.1], ellipsis: theme.glyphs.ellipsis)
        }
    }
}
