package com.channelhub.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON for data attributes the page scripts read (the chart's points). */
public final class ConsoleJson {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private ConsoleJson() {
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serializable for the page: " + value.getClass(), e);
        }
    }

    public static String pretty(Object value) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
