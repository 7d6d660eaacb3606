import Foundation

/// The files `tenderpack init` writes: a specifications repository a council can
/// commit as it is. The example specification validates with no findings and builds;
/// the workflow runs `tenderpack check` (the tests run `init`, `validate`, `build` and
/// `check` on exactly these files).
enum Scaffold {
    static let examplePath = "Specs/example-floating-support.yaml"

    static var files: [(path: String, data: Data)] {
        [
            (".github/workflows/tenderpack.yml", Data(workflow.utf8)),
            (".gitignore", Data(gitignore.utf8)),
            ("README.md", Data(readme.utf8)),
            (examplePath, Data(example.utf8)),
            ("tenderpack-policy.yaml", Data(policy.utf8)),
        ]
    }

    static let example = """
        # An example specification, written by `tenderpack init`: one service, two lots.
        # Edit it into your own (or copy it), run `tenderpack validate`, then `tenderpack build`.
        # Every key is described in TenderPack's Docs/SpecFormat.md; `tenderpack explain RULE`
        # says why a finding matters.
        tenderpack: 1                    # the format's version
        id: example-floating-support     # the pack is written to Output/<id>/
        title: Example floating support service
        version: "0.1"                   # quoted: "0.10" is not 0.1
        status: draft                    # draft | consultation | tender | awarded: at tender,
                                         # `tenderpack validate` lists what a tender must add
                                         # (contract, evaluation, timeline, a KPI per lot …)
        provenance: example-brief        # the default source of every value below
        # Where the values come from. At tender and awarded status an invented value
        # (`provenance: illustrative`, or a value tagged `!illustrative`) is a warning, so a
        # tender never goes out with invented figures unnoticed.
        sources:
          - id: example-brief
            kind: seed                   # seed (a document the council wrote) | public (a cited fact)
            title: Commissioning brief for the example service
        commissioner: example-council    # the lead commissioner, one of the partners
        partners:
          - id: example-council
            name: Example County Council
            kind: county-council
            roles: [lead-commissioner, funder]
          - id: community-mental-health
            name: Community mental health teams
            kind: nhs-trust
            roles: [delivery-partner, referrer]
        # The geography: lots cover areas, and every area must be covered.
        areas:
          - {id: north, name: North, kind: district}
          - {id: south, name: South, kind: district}
        background:
          - >-
            People with mental health needs who are at risk of losing their home need
            short-term housing-related support to keep their tenancy and live independently.
        # The outcomes the service works towards; each lot lists those it delivers and
        # measures them with KPIs.
        outcomeFramework:
          name: Housing-related support outcomes
          domains:
            - id: stay-safe
              name: Stay safe
              outcomes:
                - id: maintain-accommodation
                  text: Maintained accommodation and avoided eviction
        lots:
          - id: north-floating-support
            number: 1
            title: Floating support in the North
            summary: >-
              Housing-related floating support for adults with mental health needs living
              in the North, for up to 6 months.
            setting: floating-support
            hoursPerWeek: {upTo: 5}      # a ceiling: "up to 5 hours per person per week"
            durations:
              maximum: 6 months
            areas: [north]
            requirements:
              - id: support-plan
                strength: must           # must | should | may
                text: Agree a support plan with each person within 10 working days of referral.
              - id: keep-tenancy
                strength: must
                text: Help each person keep their tenancy, including while they are in hospital.
            outcomes: [maintain-accommodation]
            kpis:
              - id: tenancies-kept
                indicator: People who kept their tenancy while supported
                unit: percent
                direction: at-least
                target: !illustrative 90   # invented: marked in the pack, and a warning at tender
                frequency: quarterly
                evidence: Support records
                outcome: maintain-accommodation
          - id: south-floating-support
            number: 2
            title: Floating support in the South
            summary: >-
              Housing-related floating support for adults with mental health needs living
              in the South, for up to 6 months.
            setting: floating-support
            hoursPerWeek: {upTo: 5}
            durations:
              maximum: 6 months
            areas: [south]
            partnerships:
              - partner: community-mental-health
                description: Joint support plans with the community mental health team.
            requirements:
              - id: support-plan
                strength: must
                text: Agree a support plan with each person within 10 working days of referral.
        """

    static let policy = """
        # How `tenderpack diff` and `tenderpack check --base` treat changes to the
        # specifications in this repository. `tenderpack explain diff.classification`
        # prints every field with its built-in class (material or editorial).
        #
        # classification:
        #   lots.requirements.text: editorial   # e.g. rewording a requirement is editorial here
        check:
          # What `tenderpack check --base REV` fails on: material, any or none. While
          # specifications are drafted every change is reported (material ones as
          # warnings); once a tender is issued, set `failOn: material` so that a change a
          # bidder would price differently cannot merge unnoticed.
          failOn: none

        """

    static let gitignore = """
        # Staging folders `tenderpack build` leaves only when it is killed (the next build
        # removes them). Output/ itself is committed: `tenderpack check` compares it with
        # what a build would write.
        Output/.tenderpack-new-*
        # A tenderpack binary kept beside the specifications, and editors' files.
        /tenderpack
        .DS_Store
        *~

        """

    static let readme = """
        # Tender specifications

        Specifications of commissioned support services, one YAML file per version under
        `Specs/`, and the tender packs TenderPack renders from them under `Output/`.

        ```sh
        tenderpack validate            # check every specification under Specs/
        tenderpack build               # render each into Output/<id>/ (commit Output/ too)
        tenderpack check               # what CI runs: Specs/ valid and Output/ up to date
        tenderpack diff OLD NEW        # what changed between two versions, as a bidder sees it
        ```

        - `Specs/example-floating-support.yaml` is a commented example: edit it, or copy it
          for each new specification (each needs its own `id`).
        - `tenderpack-policy.yaml` says which changes `tenderpack check --base` fails on.
        - `.github/workflows/tenderpack.yml` runs `tenderpack check` on every push and pull
          request; set the repository variable `TENDERPACK_REPOSITORY` (the `owner/name`
          of TenderPack's repository on GitHub, and optionally `TENDERPACK_REF`, a tag)
          so that it can build TenderPack.
        - To restyle the packs, `tenderpack templates export Templates css/tender-pack.css`
          and edit the copy: a file in `Templates/` replaces TenderPack's built-in one.

        """

    static let workflow = """
        # Runs `tenderpack check` on every push and pull request: every specification under
        # Specs/ validates, Output/ is what `tenderpack build` writes, and on a pull request
        # each changed specification is compared with the base branch under
        # tenderpack-policy.yaml. Findings appear as annotations on the changed lines.
        name: tenderpack
        on:
          push:
          pull_request:
        jobs:
          check:
            runs-on: ubuntu-latest
            container: swift:6.3
            env:
              # Where to build TenderPack from: set these as repository variables
              # (Settings → Secrets and variables → Actions → Variables).
              TENDERPACK_REPOSITORY: ${{ vars.TENDERPACK_REPOSITORY }}   # owner/name on GitHub
              TENDERPACK_REF: ${{ vars.TENDERPACK_REF }}                 # a tag or branch; empty: the default branch
            steps:
              - uses: actions/checkout@v4
                with: {fetch-depth: 0}                     # check --base needs the base revision
              - name: Build tenderpack
                run: |
                  if [ -z "$TENDERPACK_REPOSITORY" ]; then
                    echo "::error::set the repository variable TENDERPACK_REPOSITORY to TenderPack's owner/name on GitHub"
                    exit 1
                  fi
                  apt-get update && apt-get install -y libxml2-dev libxslt1-dev pkg-config
                  git clone --depth 1 ${TENDERPACK_REF:+--branch "$TENDERPACK_REF"} \\
                    "https://github.com/$TENDERPACK_REPOSITORY.git" /tmp/tenderpack
                  swift build -c release --package-path /tmp/tenderpack
                  install /tmp/tenderpack/.build/release/tenderpack /usr/local/bin/tenderpack
              - run: git config --global --add safe.directory "$GITHUB_WORKSPACE"
              - name: tenderpack check
                run: |
                  if [ "${{ github.event_name }}" = pull_request ]; then
                    tenderpack check --base "origin/${{ github.base_ref }}" --format github
                  else
                    tenderpack check --format github
                  fi

        """
}
