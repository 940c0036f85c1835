/// Everything about one attempt: its summary, status history, interventions and hour totals.
public struct AttemptDetail: Sendable, Equatable, Codable {
    /// The attempt with its totals.
    public var attempt: AttemptSummary
    /// Status history, oldest first.
    public var events: [AttemptEvent]
    /// Interventions, oldest day first.
    public var interventions: [InterventionSummary]
    /// Hours by intervention kind, largest first.
    public var hoursByKind: [HoursBucket]
    /// Hours by engineer, largest first.
    public var hoursByEngineer: [HoursBucket]
}

/// Hours (and how many interventions made them) under one label.
public struct HoursBucket: Sendable, Equatable, Codable {
    /// The kind or engineer.
    public var label: String
    /// Total hours.
    public var hours: Double
    /// Number of interventions.
    public var count: Int

    /// Groups interventions by `key`, largest total first (ties by label).
    public static func group(_ items: [InterventionSummary], by key: (InterventionSummary) -> String) -> [HoursBucket] {
        var totals: [String: HoursBucket] = [:]
        for item in items {
            let label = key(item)
            var bucket = totals[label] ?? HoursBucket(label: label, hours: 0, count: 0)
            bucket.hours += item.hours
            bucket.count += 1
            totals[label] = bucket
        }
        return totals.values.sorted { ($0.hours, $1.label) > ($1.hours, $0.label) }
    }
}
