package com.channelhub.sandbox.amazon;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Every SP-API and LWA answer carries {@code x-amzn-RequestId}, errors and 429s included. */
@Component
@ConditionalOnAmazonSandbox
class RequestIdFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(AmazonSandboxPaths.ROOT + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(SpApiFacts.REQUEST_ID, UUID.randomUUID().toString());
        chain.doFilter(request, response);
    }
}
