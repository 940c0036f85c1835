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
    /// Group findings by the next of family, file and effort.
    static let cycleGrouping: ActionID = "cycle-grouping"
    /// Show efforts and replacements for the next target.
    static let cycleTarget: ActionID = "cycle-target"
    /// Show the next older scan or session.
    static let olderItem: ActionID = "older"
    /// Show the next newer scan or session.
    static let newerItem: ActionID = "newer"
    /// Scan a directory in the background.
    static let startScan: ActionID = "start-scan"
    /// Run the benchmark suite in the background.
    static let startBench: ActionID = "start-bench"
    /// Show or hide the intervals.
    static let toggleIntervals: ActionID = "toggle-intervals"
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
        KeyBinding([.enter], .drillIn, label: "open", description: "Open the group's findings, or the selected finding with its source", scope: .view("scan"), showInFooter: true),
        KeyBinding([.tab], .nextPane, label: "pane", description: "Switch between the groups and the findings", scope: .view("scan"), showInFooter: true),
        KeyBinding([.char("b")], .cycleGrouping, label: "group by", description: "Group findings by family, file or effort", scope: .view("scan"), showInFooter: true),
        KeyBinding([.char("t")], .cycleTarget, label: "target", description: "Show efforts and replacements on the next target", scope: .view("scan"), showInFooter: true),
        KeyBinding([.char("[")], .olderItem, label: "older", description: "Show the next older scan", scope: .view("scan")),
        KeyBinding([.char("]")], .newerItem, label: "newer", description: "Show the next newer scan", scope: .view("scan")),
        KeyBinding([.char("s")], .startScan, label: "scan", description: "Scan a directory in the background", scope: .view("scan"), showInFooter: true),
        KeyBinding([.char("s")], .startScan, label: "scan", description: "Scan a directory in the background", scope: .view("welcome"), showInFooter: true),
        KeyBinding([.char("r")], .startBench, label: "run", description: "Run the kernel suite in the background", scope: .view("benchmarks"), showInFooter: true),
        KeyBinding([.char("i")], .toggleIntervals, label: "intervals", description: "Show or hide the 95% intervals", scope: .view("benchmarks"), showInFooter: true),
        KeyBinding([.char("[")], .olderItem, label: "older", description: "Show the next older session", scope: .view("benchmarks"), showInFooter: true),
        KeyBinding([.char("]")], .newerItem, label: "newer", description: "Show the next newer session", scope: .view("benchmarks")),
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
