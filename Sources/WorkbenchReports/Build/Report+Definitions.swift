extension Report {
    /// The terms every report uses, defined once so all three formats say the same.
    static let standardDefinitions: [Definition] = [
        Definition(term: "hours", meaning: "sum of the hours of the interventions logged (from the first day counted, when the report is limited)"),
        Definition(term: "days open", meaning: "days from the attempt's creation to its closure (done or abandoned), or to today while it is open"),
        Definition(term: "findings left", meaning: "CUDA findings in the attempt's latest scan"),
        Definition(term: "findings removed", meaning: "findings in the attempt's first scan (first counted) minus findings in its latest scan"),
        Definition(term: "median loss", meaning: "median of the per-kernel loss percentages of the attempt's latest benchmark session; loss = (port time / baseline time − 1) × 100, negative when faster"),
        Definition(term: "kernels ported", meaning: "distinct kernels the latest session compared with the baseline and found correct (verdict not WRONG)"),
        Definition(term: "performance portability", meaning: "harmonic mean over the latest session's compared results of efficiency = baseline time / port time; 0 when any result is WRONG"),
        Definition(term: "blocker", meaning: "a CUDA tie with no equivalent on the target (effort blocker in the catalog)"),
    ]
}
