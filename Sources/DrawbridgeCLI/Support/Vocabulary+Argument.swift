import ArgumentParser
import WorkbenchStore

// The store's vocabularies are accepted directly as command-line values; ArgumentParser
// lists the accepted words in help and in its error for a bad word.
extension Target: ExpressibleByArgument {}
extension Strategy: ExpressibleByArgument {}
extension AttemptStatus: ExpressibleByArgument {}
extension InterventionKind: ExpressibleByArgument {}
extension InterventionOutcome: ExpressibleByArgument {}
extension Effort: ExpressibleByArgument {}
