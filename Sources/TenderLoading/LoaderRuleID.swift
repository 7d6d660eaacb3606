/// The permanent ids of findings the loader reports. They are written by hand and
/// never change; the rule catalogue (TenderValidation) documents each of them.
public enum LoaderRuleID {
    public static let fileEmpty = "file.empty"
    public static let fileBinary = "file.binary"
    public static let fileEncoding = "file.encoding"
    public static let fileTooLarge = "file.too-large"
    public static let yamlSyntax = "yaml.syntax"
    public static let yamlDuplicateKey = "yaml.duplicate-key"
    public static let yamlTooDeep = "yaml.too-deep"
    public static let yamlExpansionLimit = "yaml.expansion-limit"
    public static let yamlScalarTooLarge = "yaml.scalar-too-large"
    public static let yamlUnsupportedTag = "yaml.unsupported-tag"
    public static let yamlUnsupportedDirective = "yaml.unsupported-directive"
    public static let yamlComplexKey = "yaml.complex-key"
    public static let schemaUnknownKey = "schema.unknown-key"
    public static let schemaWrongType = "schema.wrong-type"
    public static let schemaMissingKey = "schema.missing-key"
    public static let schemaInvalidValue = "schema.invalid-value"
    public static let schemaInvalidID = "schema.invalid-id"
    /// Shared with the validation rule that checks escaped characters in text.
    public static let textInvalidXMLCharacter = "text.invalid-xml-character"

    public static let all = [
        fileEmpty, fileBinary, fileEncoding, fileTooLarge,
        yamlSyntax, yamlDuplicateKey, yamlTooDeep, yamlExpansionLimit, yamlScalarTooLarge,
        yamlUnsupportedTag, yamlUnsupportedDirective, yamlComplexKey,
        schemaUnknownKey, schemaWrongType, schemaMissingKey, schemaInvalidValue, schemaInvalidID,
    ]
}
