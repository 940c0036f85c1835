import WorkbenchWidgets

/// Whatever sits on top of the screen and takes the keys first.
enum Overlay {
    /// What a form saves to.
    enum FormPurpose: Equatable {
        /// A new intervention.
        case logIntervention
        /// Changes to an existing intervention.
        case editIntervention(Int64)
        /// A status change of an attempt.
        case changeStatus(Int64)
        /// A new team.
        case addTeam
        /// A background scan.
        case startScan
        /// A background benchmark run.
        case startBench
    }

    /// What the footer prompt is for.
    enum PromptPurpose: Equatable {
        /// `/`: filter the current screen.
        case filter
        /// `:`: a command.
        case command
    }

    /// The `?` help.
    case help(HelpOverlay)
    /// The filter or command line in the footer.
    case prompt(PromptPurpose, PromptLine)
    /// A form in the middle of the body.
    case form(FormPurpose, Form)
    /// A yes/no question before deleting an intervention.
    case confirmDelete(Int64, ConfirmDialog)
    /// A yes/no question before quitting while a background job runs.
    case confirmQuit(ConfirmDialog)
}
