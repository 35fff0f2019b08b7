package com.channelhub.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.channelhub.integration.PastedCredentials;
import com.channelhub.api.ApiProblem;
import com.channelhub.amazon.AmazonInstall;
import com.channelhub.config.HubSettings;
import com.channelhub.connector.amazon.client.AmazonSpPlatformFacts;
import com.channelhub.integration.CreateIntegrationRequest;
import com.channelhub.integration.IntegrationService;
import com.channelhub.integration.IntegrationView;
import com.channelhub.project.Project;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Connecting an Amazon seller: through Seller Central's consent page (the website authorization workflow), or with
 * a self-authorized refresh token that is proven with Amazon before the first pull.
 */
@Controller
class AmazonConnectController {

    private final ConsoleProjects projects;
    private final AmazonInstall install;
    private final IntegrationService integrations;
    private final PastedCredentials connections;
    private final HubSettings settings;

    AmazonConnectController(ConsoleProjects projects, AmazonInstall install, IntegrationService integrations,
            PastedCredentials connections, HubSettings settings) {
        this.projects = projects;
        this.install = install;
        this.integrations = integrations;
        this.connections = connections;
        this.settings = settings;
    }

    /** The regions and their marketplaces, as the form offers them. */
    static Map<String, List<AmazonSpPlatformFacts.Marketplace>> regions() {
        Map<String, List<AmazonSpPlatformFacts.Marketplace>> regions = new LinkedHashMap<>();
        for (AmazonSpPlatformFacts.Region region : AmazonSpPlatformFacts.Region.values()) {
            regions.put(region.name(), AmazonSpPlatformFacts.marketplaces(region));
        }
        return regions;
    }

    /** The forms; {@code account} is the seller to connect again (from its integration's page), filled in. */
    @GetMapping("/p/{slug}/integrations/amazon/connect")
    String form(@PathVariable String slug, @RequestParam(required = false) String account, HttpServletRequest request,
            Model model) {
        prepare(projects.current(request), model, "NA", List.of("ATVPDKIKX0DER"));
        model.addAttribute("sellerId", account);
        return "console/amazon-connect";
    }

    @PostMapping("/p/{slug}/integrations/amazon/authorize")
    String authorize(@PathVariable String slug, @RequestParam(defaultValue = "NA") String region,
            @RequestParam(required = false) List<String> marketplaceIds, HttpServletRequest request, Model model) {
        Project project = projects.current(request);
        List<String> chosen = marketplaceIds == null ? List.of() : marketplaceIds;
        String mismatch = checkMarketplaces(region, chosen);
        if (mismatch == null) {
            try {
                return "redirect:" + install.consentUrl(project, region, String.join(",", chosen));
            } catch (ApiProblem e) {
                mismatch = e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message();
            }
        }
        prepare(project, model, region, chosen);
        model.addAttribute("authorizeError", mismatch);
        return "console/amazon-connect";
    }

    @PostMapping("/p/{slug}/integrations/amazon/token")
    String selfAuthorized(@PathVariable String slug, @RequestParam(defaultValue = "NA") String region,
            @RequestParam(required = false) List<String> marketplaceIds, @RequestParam(defaultValue = "") String sellerId,
            @RequestParam(defaultValue = "") String refreshToken, HttpServletRequest request, Model model) {
        Project project = projects.current(request);
        List<String> chosen = marketplaceIds == null ? List.of() : marketplaceIds;
        Map<String, String> errors = new HashMap<>();
        String mismatch = checkMarketplaces(region, chosen);
        if (mismatch != null) {
            errors.put("marketplaceIds", mismatch);
        }
        if (sellerId.isBlank()) {
            errors.put("sellerId", "Enter the seller's merchant token (selling-partner id), e.g. A2EXAMPLE12345.");
        }
        if (refreshToken.isBlank()) {
            errors.put("refreshToken", "Paste the refresh token Seller Central showed when you self-authorized the app.");
        }
        if (errors.isEmpty()) {
            try {
                IntegrationView created = integrations.create(project, new CreateIntegrationRequest("AMAZON",
                        sellerId.trim(), null, region, chosen, Map.of("refreshToken", refreshToken.trim()), null));
                IntegrationView verified = connections.verifyAndPull(project, created.id());
                return "redirect:/p/" + slug + "/integrations/" + verified.id() + "?installed=amazon";
            } catch (ApiProblem e) {
                e.errors().forEach(f -> errors.put(f.field().equals("externalAccount") ? "sellerId"
                        : f.field().startsWith("marketplaceIds") ? "marketplaceIds" : "token", "This " + label(f.field())
                        + " " + f.message() + "."));
                if (e.errors().isEmpty()) {
                    errors.put("token", e.getMessage());
                }
            }
        }
        prepare(project, model, region, chosen);
        model.addAttribute("sellerId", sellerId);
        model.addAttribute("tokenErrors", errors);
        model.addAttribute("tokenTab", true);
        return "console/amazon-connect";
    }

    private void prepare(Project project, Model model, String region, List<String> chosen) {
        model.addAttribute("project", project);
        model.addAttribute("regions", regions());
        model.addAttribute("region", region);
        model.addAttribute("chosen", chosen);
        model.addAttribute("enabled", settings.platformEnabled("AMAZON"));
    }

    /** A readable sentence when the marketplaces are missing or not all of the chosen region; otherwise null. */
    static String checkMarketplaces(String region, List<String> chosen) {
        if (Arrays.stream(AmazonSpPlatformFacts.Region.values()).noneMatch(r -> r.name().equals(region))) {
            return "Choose a region: North America, Europe or Far East.";
        }
        if (chosen.isEmpty()) {
            return "Choose at least one marketplace of the region.";
        }
        List<String> foreign = new ArrayList<>();
        for (String id : chosen) {
            AmazonSpPlatformFacts.Marketplace m = AmazonSpPlatformFacts.marketplace(id);
            if (m == null || !m.region().name().equals(region)) {
                foreign.add(m == null ? id : m.country());
            }
        }
        return foreign.isEmpty() ? null : "Not in the " + region + " region: " + String.join(", ", foreign)
                + ". Choose marketplaces of one region.";
    }

    private static String label(String field) {
        return switch (field) {
            case "externalAccount" -> "seller id";
            case "region" -> "region";
            default -> field.startsWith("marketplaceIds") ? "marketplace" : field;
        };
    }
}
