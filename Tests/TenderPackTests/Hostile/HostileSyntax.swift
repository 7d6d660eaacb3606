import Foundation

/// YAML syntax: duplicate keys around blank lines of any width, in every line ending.
enum HostileSyntax {
    static var duplicateKeys: [HostileCase] {
        var cases: [HostileCase] = []
        for ending in HostileCase.LineEnding.allCases {
            for blank in ["", " ", "  ", "   ", "    ", "      ", "  # note"] {
                cases.append(.document(.syntax, "duplicate lot key around `\(blank)`", """
                    id: example
                    lots:
                      - id: a
                        title: A
                    \(blank)
                        ↓title: B

                    """, lineEnding: ending, rule: "yaml.duplicate-key"))
            }
            cases.append(.document(.syntax, "duplicate top key after a short blank line", """
                id: example
                  
                ↓id: other

                """, lineEnding: ending, rule: "yaml.duplicate-key"))
            cases.append(.document(.syntax, "duplicate key in a flow mapping", """
                id: example
                lots:
                  - {id: a, title: A,
                   ↓title: B}

                """, lineEnding: ending, rule: "yaml.duplicate-key"))
        }
        return cases
    }
}
