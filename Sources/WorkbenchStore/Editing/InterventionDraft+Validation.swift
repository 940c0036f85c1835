extension InterventionDraft {
    /// The draft checked and turned into a record, or the first problem as a typed error.
    ///
    /// Logging and editing share these rules, so an edit can never store what a new entry
    /// could not.
    func validated(clock: WorkbenchClock) throws(StoreError) -> Intervention {
        let engineer = try Validate.name(engineer, field: "engineer")
        let summary = try Validate.text(summary, field: "summary")
        let hours = try Validate.hours(hours)
        let today = clock.today
        let day = date ?? today
        if day > today {
            throw .invalidValue(field: "date", value: day.description, reason: "is in the future (today is \(today))")
        }
        return Intervention(
            attemptId: attemptId, engineer: engineer, date: day, hours: hours, kind: kind,
            summary: summary, outcome: outcome, findingId: findingId, createdAt: clock.timestamp)
    }
}
