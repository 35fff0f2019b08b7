package com.channelhub.connector.shopify.client;

import java.util.List;

import com.channelhub.connector.CatalogProduct;

/**
 * A page of products with all their variants.
 *
 * @param products     the products, each with every variant (nested pages already followed)
 * @param hasNextPage  whether another page follows
 * @param endCursor    the cursor to ask for the next page
 * @param pageSizeUsed how many products the client finally asked for (lower than requested after a cost split)
 */
public record ProductPage(List<CatalogProduct> products, boolean hasNextPage, String endCursor, int pageSizeUsed) {
}
