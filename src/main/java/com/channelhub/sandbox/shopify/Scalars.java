package com.channelhub.sandbox.shopify;

import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.GraphQLScalarType;

/**
 * Shopify's custom scalars, all carried as strings on the wire: DateTime (ISO-8601), Money (a decimal string such as
 * "19.99"), URL, and UnsignedInt64 (a string, since it may exceed JavaScript's safe integers).
 */
final class Scalars {

    private Scalars() {
    }

    static GraphQLScalarType stringScalar(String name, String description) {
        return GraphQLScalarType.newScalar().name(name).description(description).coercing(new Coercing<Object, String>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                return value.toString();
            }

            @Override
            public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                return input.toString();
            }

            @Override
            public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                if (input instanceof StringValue s) {
                    return s.getValue();
                }
                if (input instanceof IntValue i) {
                    return i.getValue().toString();
                }
                if (input instanceof FloatValue f) {
                    return f.getValue().toPlainString();
                }
                throw new CoercingParseLiteralException("Expected a string for " + name);
            }
        }).build();
    }
}
