import Foundation
import TenderValidation

/// Tags and directives: every tag but `!illustrative` (written exactly so, with the
/// default handle) is `yaml.unsupported-tag` at the tag, and every `%TAG` or `%YAML`
/// directive is `yaml.unsupported-directive` at the directive, in every line ending.
enum HostileTags {
    static let tags = [
        "!!binary aGVsbG8=", "!!python/object:os.system x", "!!python/object/apply:os.system [ls]", "!!map {}",
        "!!str x", "!!int 3", "!!illustrative 3", "!<tag:yaml.org,2002:str> x", "!<!illustrative> 3",
        "!illustr%61tive 3", "!draft x", "! x", "!illustrative&a 3", "!!set {a}", "!!float .nan", "!undefined!tag x",
    ]

    /// Where a tag can be written; `T` is the tag and its value, `↓` the finding.
    static let places: [(name: String, yaml: String)] = [
        ("title", "title: ↓T\n"),
        ("KPI target", """
            lots:
              - id: support
                title: Floating support
                setting: floating-support
                areas: all
                kpis:
                  - {id: k, indicator: Moved on, unit: percent, target: ↓T}

            """),
        ("flow list item", "background: [text, ↓T]\n"),
        ("anchored value", "title: &x ↓T\n"),
        ("after a block scalar", "background:\n  - |\n    !!str in a block is text\n  - ↓T\n"),
    ]

    static let directives: [(name: String, yaml: String)] = [
        ("%TAG redefining !", "↓%TAG ! tag:yaml.org,2002:\n---\nid: example\ntitle: !illustrative x\n"),
        ("%TAG named handle", "↓%TAG !e! tag:example.com,2000:\n---\nid: example\n"),
        ("%YAML 1.1", "↓%YAML 1.1\n---\nid: example\n"),
        ("%YAML 1.2", "↓%YAML 1.2\n---\nid: example\n"),
        ("%YAML then %TAG", "↓%YAML 1.1\n%TAG ! !\n---\nid: example\n"),
    ]

    static var cases: [HostileCase] {
        var cases: [HostileCase] = []
        for ending in HostileCase.LineEnding.allCases {
            for place in places {
                for tag in tags where ending == .lf || place.name == "title" {
                    let yaml = place.yaml.replacingOccurrences(of: "T", with: tag)
                    cases.append(.fragment(.tags, "\(tag) as \(place.name)", yaml, lineEnding: ending, rule: "yaml.unsupported-tag"))
                }
                // `!illustrative` itself is accepted in the same place.
                let allowed = place.yaml.replacingOccurrences(of: "T", with: "!illustrative 60").replacingOccurrences(of: "↓", with: "")
                cases.append(.fragment(.tags, "!illustrative as \(place.name)", allowed, lineEnding: ending, rule: nil))
            }
            for directive in directives {
                cases.append(.document(.tags, directive.name, directive.yaml, lineEnding: ending, rule: "yaml.unsupported-directive"))
            }
        }
        return cases
    }
}
