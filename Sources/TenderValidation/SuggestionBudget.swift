import Foundation

/// How much "did you mean" work one validation may do. Suggesting a near id costs an
/// edit distance per candidate; a file with thousands of unknown references among
/// thousands of ids would otherwise spend minutes on notes. Rules run one after another
/// in a fixed order, so which findings get a note is deterministic; once the budget
/// is spent, later findings simply carry none.
final class SuggestionBudget: @unchecked Sendable {
    /// Roughly edit-distance cells: a few hundredths of a second.
    static let initial = 20_000_000

    private let lock = NSLock()
    private var remaining = SuggestionBudget.initial

    /// Takes `cost` from the budget; false (and nothing taken) when it is spent.
    func spend(_ cost: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard cost <= remaining else {
            remaining = 0
            return false
        }
        remaining -= cost
        return true
    }
}
