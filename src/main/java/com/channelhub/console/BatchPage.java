package com.channelhub.console;

import java.util.Arrays;
import java.util.List;

import com.channelhub.api.ApiProblem;
import com.channelhub.pricing.BatchKind;

/**
 * What the console's batch pages say and show for each kind of batch ({@link BatchKind}): the pages, the controller
 * and the form reader are shared, and only these words, the form's columns and the value column differ.
 */
enum BatchPage {

    PRICE(BatchKind.PRICE, "Price", "price", "prices",
            "A batch sets new prices for SKUs. The hub sends each price to every connected channel whose catalog sells "
                    + "the SKU, and keeps what each channel answered.",
            "Prices with a decimal point, e.g.", "19.99",
            new BatchLines.Format("SKU, price, currency",
                    "SKU, price, currency and optionally a compare-at price", List.of(
                    BatchLines.Column.text("sku", "The SKU"),
                    BatchLines.Column.text("price", "The price"),
                    BatchLines.Column.upperCase("currency", "The currency"),
                    BatchLines.Column.text("compareAtPrice", "The compare-at price")),
                    List.of("TSHIRT-RED-M, 19.99, USD", "MUG-01, 9.50, USD, 12.00")),
            "{\"sku\": \"TSHIRT-RED-M\", \"price\": 19.99, \"currency\": \"USD\"}"),

    INVENTORY(BatchKind.INVENTORY, "Inventory", "quantity", "quantities",
            "A batch sets the available quantity of SKUs. The hub sets each quantity on every connected channel whose "
                    + "catalog sells the SKU, and keeps what each channel answered. An offer Amazon fulfills (FBA) is "
                    + "Amazon's stock: it is not sent, and shows as unsupported.",
            "Quantities are whole numbers from 0, e.g.", "12",
            new BatchLines.Format("SKU, quantity", "SKU and quantity", List.of(
                    BatchLines.Column.text("sku", "The SKU"),
                    BatchLines.Column.wholeNumber("quantity", "The quantity")),
                    List.of("TSHIRT-RED-M, 12", "MUG-01, 0")),
            "{\"sku\": \"TSHIRT-RED-M\", \"quantity\": 12}");

    private final BatchKind kind;
    private final String name;
    private final String value;
    private final String values;
    private final String intro;
    private final String valueRule;
    private final String valueExample;
    private final BatchLines.Format lines;
    private final String apiExampleItem;

    /**
     * @param name           the kind as the headings say it: "Price" batch, "Inventory" batch
     * @param value          what one line sets, in a sentence: a "price", a "quantity"
     * @param values         the same, plural
     * @param valueRule      the form's hint about the value, ending before {@code valueExample}
     * @param apiExampleItem one item of the API example the empty list shows
     */
    BatchPage(BatchKind kind, String name, String value, String values, String intro,
            String valueRule, String valueExample, BatchLines.Format lines, String apiExampleItem) {
        this.kind = kind;
        this.name = name;
        this.value = value;
        this.values = values;
        this.intro = intro;
        this.valueRule = valueRule;
        this.valueExample = valueExample;
        this.lines = lines;
        this.apiExampleItem = apiExampleItem;
    }

    /** The page of a console path segment, {@code price-batches} or {@code inventory-batches}. */
    static BatchPage of(String path) {
        return Arrays.stream(values()).filter(p -> p.path().equals(path)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("There is no such page."));
    }

    BatchKind kind() {
        return kind;
    }

    /** The pages' path segment, the same as the API's: {@code price-batches}, {@code inventory-batches}. */
    public String path() {
        return kind.path();
    }

    /** Lower-case key of the kind's fragments in {@code console/batch-values.html}: price, inventory. */
    public String key() {
        return kind.noun();
    }

    /** "Price batches", "Inventory batches". */
    public String title() {
        return name + " batches";
    }

    /** "Price batch", "Inventory batch". */
    public String single() {
        return name + " batch";
    }

    /** "price", "inventory": the kind of the API ("the hub's inventory API"). */
    public String noun() {
        return kind.noun();
    }

    /** "Price", "Quantity": the items' value column. */
    public String column() {
        return Character.toUpperCase(value.charAt(0)) + value.substring(1);
    }

    /** "price", "quantity". */
    public String value() {
        return value;
    }

    /** "prices", "quantities". */
    public String plural() {
        return values;
    }

    /** "Prices", "Quantities": the per-channel count's column. */
    public String valuesColumn() {
        return Character.toUpperCase(values.charAt(0)) + values.substring(1);
    }

    /** The form's button and heading: "Push prices", "Push quantities". */
    public String push() {
        return "Push " + values;
    }

    public String intro() {
        return intro;
    }

    public String valueRule() {
        return valueRule;
    }

    public String valueExample() {
        return valueExample;
    }

    public BatchLines.Format lines() {
        return lines;
    }

    /** The textarea's placeholder: the format's example lines. */
    public String placeholder() {
        return String.join("\n", lines.examples());
    }

    /** Said when the form holds no line at all. */
    String noLines() {
        return "Enter at least one line: " + lines.required() + ", e.g. " + lines.examples().get(0) + ".";
    }

    /** The API call the pricing platform makes, as the empty list shows it (docs/price-batches.md and others). */
    String curlExample(String publicBaseUrl, String slug) {
        return "curl -X POST " + publicBaseUrl + "/api/projects/" + slug + "/" + kind.submitPath() + " \\\n"
                + "  -H \"Authorization: Bearer $KEY\" -H \"Idempotency-Key: $(uuidgen)\" \\\n"
                + "  -H 'Content-Type: application/json' \\\n"
                + "  -d '{\"items\": [" + apiExampleItem + "]}'";
    }
}
