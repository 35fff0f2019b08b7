package com.channelhub.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.channelhub.catalog.ProductSort;
import com.channelhub.integration.PlatformIntegration;

/**
 * The products page's lists to choose from, by field: each option with the catalog API's value and the page's words,
 * so the form's one select fragment renders them all.
 */
final class ProductFilterChoices {

    /** One option: the value the form sends, and its text. */
    record Choice(String value, String label) {
    }

    private ProductFilterChoices() {
    }

    /**
     * @param size         the page size as asked, shown as an option of its own when it is not one of the offered
     *                     sizes, so a link with another size keeps it (or shows the problem with it)
     * @param channelNames each channel's name, as {@link ProductController#channelNames} gives it
     */
    static Map<String, List<Choice>> of(List<PlatformIntegration> channels, Map<UUID, String> channelNames,
            String size, ConsoleFormat consoleFormat, ProductFormat productFormat) {
        Map<String, List<Choice>> choices = new LinkedHashMap<>();
        List<Choice> platforms = new ArrayList<>(List.of(new Choice("", "Any platform")));
        channels.stream().map(PlatformIntegration::getPlatform).distinct().sorted()
                .forEach(p -> platforms.add(new Choice(p, consoleFormat.platform(p))));
        choices.put("platform", platforms);
        List<Choice> channelChoices = new ArrayList<>(List.of(new Choice("", "Any channel")));
        channels.forEach(c -> channelChoices.add(new Choice(c.getId().toString(),
                consoleFormat.platform(c.getPlatform()) + " · " + channelNames.get(c.getId()))));
        choices.put("integrationId", channelChoices);
        choices.put("sort", Arrays.stream(ProductSort.values())
                .map(s -> new Choice(s.parameter(), productFormat.sort(s))).toList());
        choices.put("order", List.of(new Choice("asc", "Ascending"), new Choice("desc", "Descending")));
        List<Choice> sizes = new ArrayList<>();
        List<String> offered = ProductSearchForm.SIZES.stream().map(String::valueOf).toList();
        if (size != null && !offered.contains(size)) {
            sizes.add(new Choice(size, size));
        }
        offered.forEach(n -> sizes.add(new Choice(n, n)));
        choices.put("size", sizes);
        return choices;
    }
}
