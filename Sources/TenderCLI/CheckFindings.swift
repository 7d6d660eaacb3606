import TenderDiff

/// What `explain` says about the findings `diff` and `check` report that are not
/// rules of the catalogue (they compare versions or outputs, not one specification),
/// and about `diff.classification`, the table that classifies changes.
enum CheckFindings {
    static let descriptions: [String: (severity: String, summary: String, rationale: String)] = [
        "diff.material-change": ("error or warning", "A material change since the base revision (tenderpack check --base).",
            "A change a bidder would price or propose differently: scope, lots, eligibility, hours, cover, durations, "
            + "geography, KPI targets, evaluation weightings, contract value or dates. During a procurement each one "
            + "must reach every participating supplier (Procurement Act 2023, section 31): `tenderpack diff --format "
            + "notice` writes the clarification notice. It is an error when the change reaches the threshold "
            + "(--fail-on, or check.failOn in tenderpack-policy.yaml), otherwise a warning."),
        "diff.editorial-change": ("error", "An editorial change since the base revision, when the threshold is `any`.",
            "Wording, order, background and labels. Reported only when the threshold is `any`: then every change "
            + "to a specification needs a deliberate review."),
        "diff.base-unreadable": ("warning", "The base revision's version of a specification does not load.",
            "Its changes cannot be listed; the current version is still validated."),
        "output.stale": ("error", "A file under Output/ is not what `tenderpack build` would write.",
            "Output/ is committed so that reviewers see rendered changes; it must match the specifications. Run "
            + "`tenderpack build` and commit Output/."),
        "pdf.engine": ("error", "A PDF was not made: the PDF engine (WeasyPrint) is not installed, or it failed on a page.",
            "`tenderpack build` makes tender-pack.pdf and outcome-schedule.pdf with WeasyPrint, a paged-media engine "
            + "(pip install weasyprint==70.0). Without it the other formats are still built and the PDFs already in "
            + "the pack folder are kept as they were, so they may be out of date. Install it, or build without PDFs: "
            + "--pdf-engine none (or TENDERPACK_PDF_ENGINE=none), or --formats without pdf."),
        "verify.mismatch": ("error", "A pack file differs from a fresh render, is missing, or is not written by one (tenderpack verify).",
            "manifest.json records what a pack was built from; `tenderpack verify` renders it again from those inputs. "
            + "A file that differs means the pack cannot be reproduced from the repository: it was edited by hand, or "
            + "built from other inputs (see verify.input-changed). Run `tenderpack build` and commit the pack."),
        "verify.input-changed": ("error", "An input recorded in a pack's manifest.json has changed (tenderpack verify).",
            "The specification, a template or the tool version differs from what the pack was built with, so the pack "
            + "no longer shows what the repository says. Rebuild it with `tenderpack build`."),
        "verify.manifest": ("error", "A pack has no readable manifest.json (tenderpack verify).",
            "Every pack `tenderpack build` writes holds manifest.json; without it the pack cannot be checked. Rebuild it."),
        "policy.waiver-expired": ("error", "A waiver in tenderpack-policy.yaml is past its `expires` date.",
            "A waiver accepts a finding for a time, with a named owner and a reason. Once it expires the finding counts "
            + "again, and the expired waiver is itself an error: renew it with a new date and reason, or fix the finding "
            + "and remove the waiver."),
        "policy.waiver-unused": ("warning", "A waiver in tenderpack-policy.yaml matches no finding.",
            "The finding it waived has gone (fixed, or its file renamed): remove the waiver, so that it cannot hide a "
            + "new finding later."),
        "approval.stale": ("warning", "An approval in tenderpack-approvals.yaml matches no change since the base revision.",
            "An approval names one change by its fingerprint (its kind, key and values). When the change is merged into "
            + "the base, changed again, or reverted, the approval no longer applies: remove it."),
        "approvals.invalid": ("error", "tenderpack-approvals.yaml has an unknown key or value.",
            "The ledger is written by `tenderpack approve`; an entry that cannot be read approves nothing."),
        "policy.invalid": ("error", "tenderpack-policy.yaml has an unknown key or value.",
            "The policy overrides the classification table (`classification: {lots.requirements.text: editorial}`) "
            + "and sets what fails `check` (`check: {failOn: material}`); a mistyped key would silently change nothing."),
    ]

    static func explanation(_ id: String) -> String? {
        if id == "diff.classification" { return classificationTable() }
        guard let entry = descriptions[id] else { return nil }
        return "\(id) (\(entry.severity))\n\n\(entry.summary)\n\n\(ExplainText.wrap(entry.rationale, width: 80))\n"
    }

    static func classificationTable() -> String {
        var out = """
            diff.classification

            How `tenderpack diff` and `tenderpack check --base` classify each change: material (a \
            bidder would price or propose differently) or editorial. A key names a kind of value \
            (lots.requirements.strength); a list key (lots.requirements) applies to elements added \
            or removed; `order` applies to moves. A key not listed takes its nearest listed parent's \
            classification. Override any key in tenderpack-policy.yaml:

                classification:
                  lots.requirements.text: editorial
                check:
                  failOn: material


            """
        let width = ClassificationTable.entries.map(\.key.count).max() ?? 0
        for entry in ClassificationTable.entries {
            out += entry.key.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + entry.classification.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) + "  " + entry.meaning + "\n"
        }
        return out
    }
}
