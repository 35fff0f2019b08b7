package com.channelhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.channelhub.console.ProductFilterChoices.Choice;
import com.channelhub.integration.PlatformIntegration;
import com.channelhub.platform.ConnectorRegistry;
import com.channelhub.project.Project;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ProductSearchFormTest {

    private static final String PATH = "/p/demo/products";

    private static ProductSearchForm form(String... nameValues) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", PATH);
        for (int i = 0; i < nameValues.length; i += 2) {
            request.addParameter(nameValues[i], nameValues[i + 1]);
        }
        return ProductSearchForm.of(request);
    }

    @Test
    void nextPageRemembersTheCursorsBehindItAndPreviousWalksThemBack() {
        ProductSearchForm first = form("q", "mug", "sort", "price");
        assertThat(first.pageNumber()).isEqualTo(1);
        assertThat(first.previous(PATH)).isNull();
        assertThat(first.next(PATH, "c2")).isEqualTo(PATH + "?q=mug&sort=price&size=20&cursor=c2");

        ProductSearchForm third = form("q", "mug", "sort", "price", "cursor", "c3", "trail", "c2");
        assertThat(third.pageNumber()).isEqualTo(3);
        assertThat(third.next(PATH, "c4")).endsWith("&cursor=c4&trail=c2.c3");
        assertThat(third.previous(PATH)).isEqualTo(PATH + "?q=mug&sort=price&size=20&cursor=c2");
        assertThat(form("cursor", "c2").previous(PATH)).isEqualTo(PATH + "?size=20");
    }

    @Test
    void statusBoxesBecomeTheApisCommaSeparatedListAndSearchTextIsFormEncoded() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", PATH);
        request.addParameter("status", "active", "draft");
        request.addParameter("q", "a+b & c");
        ProductSearchForm form = ProductSearchForm.of(request);
        assertThat(form.get("status")).isEqualTo("active,draft");
        assertThat(form.statuses()).containsExactly("active", "draft");
        assertThat(form.filtered()).isTrue();
        assertThat(form.first(PATH)).isEqualTo(PATH + "?q=a%2Bb+%26+c&status=active%2Cdraft&size=20");
        assertThat(form("sort", "title").filtered()).isFalse();
    }

    @Test
    void aTamperedTrailLosesItsOddPartsAndALongOneKeepsItsLatestCursors() {
        assertThat(form("cursor", "c9", "trail", "c1.<script>.c2").previous(PATH)).endsWith("cursor=c2&trail=c1");
        StringBuilder trail = new StringBuilder("c0");
        for (int i = 1; i < 40; i++) {
            trail.append(".c").append(i);
        }
        String next = form("cursor", "c40", "trail", trail.toString()).next(PATH, "c41");
        assertThat(next.substring(next.indexOf("trail=") + 6).split("\\.")).hasSize(ProductSearchForm.MAX_TRAIL)
                .startsWith("c11").endsWith("c40");
    }

    @Test
    void filterListsOfferEachPlatformOnceEveryChannelAndAnUnlistedPageSizeAsAsked() {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        Project project = new Project("demo", "Demo", now);
        PlatformIntegration store = new PlatformIntegration(project, "SHOPIFY", "acme.myshopify.com", now);
        PlatformIntegration otherStore = new PlatformIntegration(project, "SHOPIFY", "beta.myshopify.com", now);
        PlatformIntegration seller = new PlatformIntegration(project, "AMAZON", "A2EXAMPLE12345", now);
        List<PlatformIntegration> channels = List.of(store, otherStore, seller);
        ConsoleFormat consoleFormat = new ConsoleFormat(new ConnectorRegistry(List.of()));

        Map<String, List<Choice>> choices = ProductFilterChoices.of(channels, ProductController.channelNames(channels),
                "7", consoleFormat, new ProductFormat(consoleFormat));

        assertThat(choices.get("platform")).extracting(Choice::value).containsExactly("", "AMAZON", "SHOPIFY");
        assertThat(choices.get("integrationId")).extracting(Choice::label)
                .containsExactly("Any channel", "SHOPIFY · acme.myshopify.com", "SHOPIFY · beta.myshopify.com",
                        "AMAZON · A2EXAMPLE12345");
        assertThat(choices.get("integrationId").get(3).value()).isEqualTo(seller.getId().toString());
        assertThat(choices.get("sort")).extracting(Choice::value).containsExactly("title", "sku", "price", "updatedAt");
        assertThat(choices.get("size")).extracting(Choice::value).containsExactly("7", "10", "20", "50", "100");
        assertThat(ProductFilterChoices.of(channels, Map.of(), "20", consoleFormat, new ProductFormat(consoleFormat))
                .get("size")).extracting(Choice::value).containsExactly("10", "20", "50", "100");
    }
}
