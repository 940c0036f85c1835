import WorkbenchStore

/// A codebase's or team's attempts side by side.
public struct GroupReport: Sendable, Equatable, Codable {
    /// The codebase or team name.
    public var name: String
    /// For a codebase, its team.
    public var team: String?
    /// Every attempt's headline figures.
    public var attempts: [AttemptLine]
    /// Total hours over them.
    public var hours: Double
    /// Hours per month and kind over them.
    public var hoursByMonth: [MonthHours]
    /// Codebases that tried more than one Ascend road, with those attempts.
    public var ascendRoads: [RoadComparison]
    /// The CUDA names blocking the most of these attempts.
    public var topBlockers: [BlockerRank]
}

/// The Ascend roads (native CANN, torch_npu, ONNX) one codebase tried, compared.
public struct RoadComparison: Sendable, Equatable, Codable {
    /// The codebase.
    public var codebase: String
    /// Its Ascend attempts.
    public var attempts: [AttemptLine]
}
