import TerminalCore
import WorkbenchWidgets

/// The workbench's actions that are not generic list moves.
extension ActionID {
    /// Load the demo workspace.
    static let loadDemo: ActionID = "load-demo"
    /// Add a team through a form.
    static let addTeam: ActionID = "add-team"
    /// Log an intervention through a form.
    static let addIntervention: ActionID = "add-intervention"
    /// Edit the selected intervention.
    static let editIntervention: ActionID = "edit-intervention"
    /// Delete the selected intervention (asks first).
    static let deleteIntervention: ActionID = "delete-intervention"
    /// Change the attempt's status with a note.
    static let changeStatus: ActionID = "change-status"
    /// Hand the terminal back to the shell (Ctrl-Z).
    static let suspend: ActionID = "suspend"
}

/// Every key binding of the workbench, as data: the dispatcher, the footer hints, the `?`
/// help and the README key table all read this one list.
public enum AppKeymap {
    /// The full keymap: global bindings, then each screen's own.
    public static let keymap: Keymap = {
        let screenNames = TopScreen.allCases.map(\.title)
        // The generic keymap numbers seven screens; keep only the ones that exist, so the
        // reserved numbers stay free until their screens land.
        let global = Keymap.defaultGlobal(screenNames: screenNames).bindings.filter { binding in
            guard let number = binding.action.screenNumber else { return true }
            return number <= TopScreen.allCases.count
        }
        var bindings = global.map { binding -> KeyBinding in
            var copy = binding
            if binding.action.screenNumber != nil { copy.showInFooter = false }
            return copy
        }
        bindings.append(KeyBinding([.ctrl("z")], .suspend, label: "suspend", description: "Suspend to the shell (fg to return)"))
        bindings += screenBindings
        return Keymap(bindings).merged(with: Form.keymap(view: "form"))
    }()

    /// The bindings that belong to one screen.
    static let screenBindings: [KeyBinding] = [
        KeyBinding([.char("d")], .loadDemo, label: "load demo", description: "Load the demo migration programme", scope: .view("welcome"), showInFooter: true),
        KeyBinding([.char("t")], .addTeam, label: "add team", description: "Add a team", scope: .view("welcome"), showInFooter: true),
        KeyBinding([.char("t")], .addTeam, label: "add team", description: "Add a team", scope: .view("portfolio")),
        KeyBinding([.enter], .drillIn, label: "open", description: "Open the attempt, or fold a team or codebase", scope: .view("portfolio"), showInFooter: true),
        KeyBinding([.enter], .drillIn, label: "open", description: "Open the selected attempt", scope: .view("attempts"), showInFooter: true),
        KeyBinding([.char("a")], .addIntervention, label: "log", description: "Log an intervention on the selected attempt", scope: .view("attempts"), showInFooter: true),
        KeyBinding([.char("s")], .sort, label: "sort", description: "Sort by the selected column; again to reverse (< > pick the column)", scope: .view("attempts"), showInFooter: true),
        KeyBinding([.char("c")], .changeStatus, label: "status", description: "Change the status, with a note", scope: .view("attempt"), showInFooter: true),
        KeyBinding([.char("a")], .addIntervention, label: "log", description: "Log an intervention on this attempt", scope: .view("attempt"), showInFooter: true),
        KeyBinding([.char("e")], .editIntervention, label: "edit", description: "Edit the selected intervention (interventions pane)", scope: .view("attempt")),
        KeyBinding([.char("d")], .deleteIntervention, label: "delete", description: "Delete the selected intervention (interventions pane)", scope: .view("attempt")),
        KeyBinding([.tab], .nextPane, label: "pane", description: "Switch between the timeline and the interventions", scope: .view("attempt"), showInFooter: true),
        KeyBinding([.char("a")], .addIntervention, label: "add", description: "Log an intervention", scope: .view("interventions"), showInFooter: true),
        KeyBinding([.char("e")], .editIntervention, label: "edit", description: "Edit the selected intervention", scope: .view("interventions"), showInFooter: true),
        KeyBinding([.char("d")], .deleteIntervention, label: "delete", description: "Delete the selected intervention (asks first)", scope: .view("interventions"), showInFooter: true),
        KeyBinding([.enter], .drillIn, label: "attempt", description: "Open the intervention's attempt", scope: .view("interventions")),
    ]

    /// The key table as Markdown, generated for the README.
    public static func markdownTable() -> String {
        var lines = ["| keys | where | what |", "|---|---|---|"]
        for binding in keymap.bindings where binding.scope != .view("form") {
            let keys = binding.keys.map { "`\($0.displayName == "|" ? "\\|" : $0.displayName)`" }.joined(separator: " ")
            lines.append("| \(keys) | \(binding.scope) | \(binding.description) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
