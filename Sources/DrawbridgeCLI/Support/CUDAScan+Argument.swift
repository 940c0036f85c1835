import ArgumentParser
import CUDAScan

// The scanner's vocabularies as command-line values; ArgumentParser lists the accepted
// words in help and in its error for a bad word.
extension Target: ExpressibleByArgument {}
extension ChipGeneration: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
extension Effort: ExpressibleByArgument {}
