internal import TenderDocument

/// The pack's formatting lives with the document tree, so every writer formats alike.
typealias Formatting = TenderDocument.Formatting
