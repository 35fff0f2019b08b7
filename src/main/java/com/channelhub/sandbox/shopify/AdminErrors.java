package com.channelhub.sandbox.shopify;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;

/** Field-level GraphQL errors shaped like Shopify's, with {@code extensions.code}. */
final class AdminErrors {

    private AdminErrors() {
    }

    static DataFetcherResult<Object> error(DataFetchingEnvironment env, String message, String code) {
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError(env).message(message);
        if (code != null) {
            builder.extensions(Map.of("code", code));
        }
        return DataFetcherResult.newResult().error(builder.build()).build();
    }

    /**
     * ACCESS_DENIED when the token's scope lacks what the field needs (a write scope implies its read scope), worded
     * like Shopify's answer; null when allowed. Bulk steps run with the scope already checked.
     */
    static DataFetcherResult<Object> requireScope(DataFetchingEnvironment env, String required) {
        RequestScope scope = AdminQueries.scope(env);
        if (scope.bulk() || OAuthGrants.covers(scope.grantedScope(), required)) {
            return null;
        }
        String access = "`" + required + "` access scope.";
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", "ACCESS_DENIED");
        extensions.put("documentation", "https://shopify.dev/api/usage/access-scopes");
        extensions.put("requiredAccess", access);
        return DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError(env)
                .message("Access denied for " + env.getField().getName() + " field. Required access: " + access)
                .extensions(extensions).build()).build();
    }
}
