/// The rule catalogue.
