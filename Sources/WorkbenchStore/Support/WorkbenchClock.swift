import Foundation

/// The store's source of "now", injectable so tests and goldens are deterministic.
public struct WorkbenchClock: Sendable {
    /// The current instant.
    public let now: @Sendable () -> Date
    /// The time zone that decides which calendar day "today" is.
    public let timeZone: TimeZone

    /// A clock reading `now` in `timeZone`.
    public init(timeZone: TimeZone = .current, now: @escaping @Sendable () -> Date) {
        self.now = now
        self.timeZone = timeZone
    }

    /// The system clock in the local time zone.
    public static let system = WorkbenchClock { Date() }

    /// A clock stopped at `date`.
    public static func fixed(_ date: Date, timeZone: TimeZone = TimeZone(identifier: "UTC")!) -> WorkbenchClock {
        WorkbenchClock(timeZone: timeZone) { date }
    }

    /// Today's calendar day.
    public var today: DayDate { DayDate(now(), timeZone: timeZone) }

    /// The current instant as an ISO-8601 UTC timestamp (`2026-11-21T15:58:08Z`).
    public var timestamp: String { Timestamp.string(from: now()) }
}

/// ISO-8601 UTC timestamps as stored in the database.
public enum Timestamp {
    /// Formats `date` as `YYYY-MM-DDTHH:MM:SSZ`.
    public static func string(from date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// Parses a stored timestamp (or a bare `YYYY-MM-DD`, read as midnight UTC).
    public static func date(from text: String) -> Date? {
        if let date = try? Date(text, strategy: .iso8601) { return date }
        if let day = try? DayDate(parsing: text) {
            return try? Date("\(day)T00:00:00Z", strategy: .iso8601)
        }
        return nil
    }
}
