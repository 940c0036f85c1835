import Foundation
import Testing
@testable import WorkbenchStore

@Suite("DayDate")
struct DayDateTests {
    @Test("valid dates parse and print back", arguments: ["2026-01-01", "2024-02-29", "2026-12-31", "2000-02-29"])
    func valid(text: String) throws {
        #expect(try DayDate(parsing: text).description == text)
    }

    @Test("impossible or malformed dates are rejected", arguments: [
        "2026-02-30", "2025-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-1-1", "26-01-01",
        "2026/01/01", "yesterday", "", "2026-01-01T00:00", "２０２６-01-01",
    ])
    func invalid(text: String) {
        #expect(throws: StoreError.self) { try DayDate(parsing: text) }
    }

    @Test("day arithmetic crosses months, years and leap days")
    func arithmetic() throws {
        let a = try DayDate(parsing: "2024-02-28")
        let b = try DayDate(parsing: "2024-03-01")
        #expect(b.days(since: a) == 2)
        #expect(try DayDate(parsing: "2027-01-01").days(since: DayDate(parsing: "2026-12-31")) == 1)
        #expect(a < b)
    }

    @Test("today follows the clock's time zone")
    func timeZones() throws {
        let instant = try #require(Timestamp.date(from: "2026-11-21T23:30:00Z"))
        #expect(DayDate(instant, timeZone: TimeZone(identifier: "UTC")!).description == "2026-11-21")
        #expect(DayDate(instant, timeZone: TimeZone(identifier: "Asia/Shanghai")!).description == "2026-11-22")
    }
}
