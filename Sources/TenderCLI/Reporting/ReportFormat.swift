import ArgumentParser

/// The formats every checking command (`validate`, `build`, `check`) can report in.
public enum ReportFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case text
    case json
    case sarif
    case junit
    case github
}
