package org.zongzhi.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * No text of a JSON request body may hold a NUL character ({@code \u0000}): PostgreSQL cannot store it,
 * and no field of the platform means one. Every string a body carries — in any record, list or map — is
 * read through this deserializer, so a NUL anywhere is a 400 naming the field (the handler adds the JSON
 * path) instead of a database error at the end of the request.
 */
final class NulFreeText extends StdScalarDeserializer<String> {

    static final String MESSAGE = "contains a NUL character (U+0000), which no text field accepts";

    NulFreeText() {
        super(String.class);
    }

    static SimpleModule module() {
        return new SimpleModule("nul-free-text").addDeserializer(String.class, new NulFreeText());
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        String text = StringDeserializer.instance.deserialize(p, ctxt);
        if (text != null && text.indexOf('\u0000') >= 0) {
            return (String) ctxt.handleWeirdStringValue(String.class, text, MESSAGE);
        }
        return text;
    }
}
