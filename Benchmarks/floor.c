/* The floors TenderPack is measured against (Benchmarks/benchmark.py compiles this):
 *
 *   floor yaml FILE...                 libyaml loads each file into a document
 *   floor build SPEC PACK SCHEMAS      libyaml loads SPEC; libxml2 parses the pack's four
 *                                      files, validates the two XML files against their
 *                                      schemas in SCHEMAS and serialises all four
 *
 * Needs Debian's libyaml-dev and libxml2-dev:
 *   cc -O2 -o floor floor.c $(pkg-config --cflags --libs yaml-0.1 libxml-2.0)
 * Exits 1, saying why, if anything fails to load, validate or serialise.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlschemas.h>

static void fail(const char *what, const char *path) {
    fprintf(stderr, "floor: %s: %s\n", path, what);
    exit(1);
}

static void load_yaml(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) fail("cannot open", path);
    yaml_parser_t parser;
    yaml_document_t document;
    if (!yaml_parser_initialize(&parser)) fail("cannot initialise libyaml", path);
    yaml_parser_set_input_file(&parser, file);
    if (!yaml_parser_load(&parser, &document)) fail(parser.problem ? parser.problem : "cannot load", path);
    if (!yaml_document_get_root_node(&document)) fail("empty document", path);
    yaml_document_delete(&document);
    yaml_parser_delete(&parser);
    fclose(file);
}

static void join(char *out, size_t size, const char *folder, const char *name) {
    if ((size_t)snprintf(out, size, "%s/%s", folder, name) >= size) fail("path too long", folder);
}

static void xml_file(const char *pack, const char *name, const char *schemas, const char *schema) {
    char path[4096], schema_path[4096];
    join(path, sizeof path, pack, name);
    join(schema_path, sizeof schema_path, schemas, schema);
    xmlDocPtr doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_HUGE);
    if (!doc) fail("cannot parse", path);
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(schema_path);
    xmlSchemaPtr compiled = parser ? xmlSchemaParse(parser) : NULL;
    if (!compiled) fail("cannot read schema", schema_path);
    xmlSchemaValidCtxtPtr valid = xmlSchemaNewValidCtxt(compiled);
    if (xmlSchemaValidateDoc(valid, doc) != 0) fail("is not valid against its schema", path);
    xmlChar *bytes = NULL;
    int length = 0;
    xmlDocDumpMemoryEnc(doc, &bytes, &length, "UTF-8");
    if (!bytes || length <= 0) fail("cannot serialise", path);
    xmlFree(bytes);
    xmlSchemaFreeValidCtxt(valid);
    xmlSchemaFree(compiled);
    xmlSchemaFreeParserCtxt(parser);
    xmlFreeDoc(doc);
}

static void html_file(const char *pack, const char *name) {
    char path[4096];
    join(path, sizeof path, pack, name);
    htmlDocPtr doc = htmlReadFile(path, "UTF-8", HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | XML_PARSE_HUGE);
    if (!doc) fail("cannot parse", path);
    xmlChar *bytes = NULL;
    int length = 0;
    htmlDocDumpMemoryFormat(doc, &bytes, &length, 0);
    if (!bytes || length <= 0) fail("cannot serialise", path);
    xmlFree(bytes);
    xmlFreeDoc(doc);
}

int main(int argc, char **argv) {
    if (argc >= 3 && strcmp(argv[1], "yaml") == 0) {
        for (int i = 2; i < argc; i++) load_yaml(argv[i]);
        return 0;
    }
    if (argc == 5 && strcmp(argv[1], "build") == 0) {
        load_yaml(argv[2]);
        xml_file(argv[3], "tender-pack.xml", argv[4], "tender-pack.xsd");
        xml_file(argv[3], "outcome-schedule.xml", argv[4], "outcome-schedule.xsd");
        html_file(argv[3], "tender-pack.html");
        html_file(argv[3], "outcome-schedule.html");
        xmlCleanupParser();
        return 0;
    }
    fprintf(stderr, "usage: floor yaml FILE... | floor build SPEC PACK SCHEMAS\n");
    return 64;
}
