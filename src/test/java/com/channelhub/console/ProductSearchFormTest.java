package com.channelhub.console;

import static org.assertj.core.api.Assertions.assertThat;

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
}
