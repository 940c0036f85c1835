import TerminalCore
import WorkbenchStore

/// What a screen asks the app to do after a key or click; screens never write to the
/// store or change the navigation themselves.
enum ViewEffect: Equatable, Sendable {
    /// Nothing beyond the screen's own change.
    case none
    /// Push a screen.
    case open(ScreenID)
    /// Open the log form, for this attempt when known.
    case addIntervention(attempt: Int64?)
    /// Open the edit form of this intervention.
    case editIntervention(Int64)
    /// Ask before deleting this intervention.
    case deleteIntervention(Int64)
    /// Open the status form of this attempt.
    case changeStatus(Int64)
    /// Open the team form.
    case addTeam
    /// Load the demo workspace.
    case loadDemo
    /// Open the form that starts a background scan.
    case startScan
    /// Open the form that starts a background benchmark run.
    case startBench
    /// Show a short message in the footer.
    case flash(String)
}

/// What every screen needs to draw: the theme and today's date.
struct ViewContext {
    /// Colours, attributes and glyphs.
    var theme: Theme
    /// Today in the workspace clock's time zone.
    var today: DayDate
}
