package com.channelhub.console;

import com.channelhub.api.ApiProblem;
import com.channelhub.config.HubSettings;
import com.channelhub.shopify.ShopifyInstall;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Adding a Shopify store: the shop domain, then the same OAuth installation as the install endpoint (Shopify's
 * authorize page, the hub's callback, back to the integration's page).
 */
@Controller
class ShopifyConnectController {

    private final ConsoleProjects projects;
    private final ShopifyInstall install;
    private final HubSettings settings;

    ShopifyConnectController(ConsoleProjects projects, ShopifyInstall install, HubSettings settings) {
        this.projects = projects;
        this.install = install;
        this.settings = settings;
    }

    /** The form; {@code account} is the store to install again (from its integration's page), filled in. */
    @GetMapping("/p/{slug}/integrations/shopify/install")
    String form(@PathVariable String slug, @RequestParam(required = false) String account, HttpServletRequest request,
            Model model) {
        model.addAttribute("project", projects.current(request));
        model.addAttribute("shop", account);
        model.addAttribute("enabled", settings.platformEnabled("SHOPIFY"));
        return "console/shopify-install";
    }

    @PostMapping("/p/{slug}/integrations/shopify/install")
    String start(@PathVariable String slug, @RequestParam(defaultValue = "") String shop, HttpServletRequest request,
            Model model) {
        var project = projects.current(request);
        try {
            return "redirect:" + install.authorizeUrl(project, shop);
        } catch (ApiProblem e) {
            model.addAttribute("project", project);
            model.addAttribute("shop", shop);
            model.addAttribute("enabled", settings.platformEnabled("SHOPIFY"));
            if (e.errors().stream().anyMatch(f -> "shop".equals(f.field()))) {
                model.addAttribute("shopError", shop.isBlank() ? "Enter the store's address, e.g. my-store.myshopify.com."
                        : e.getMessage());
            } else {
                model.addAttribute("formError", e.getMessage());
            }
            return "console/shopify-install";
        }
    }
}
