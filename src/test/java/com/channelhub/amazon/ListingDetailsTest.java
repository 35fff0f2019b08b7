package com.channelhub.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelhub.catalog.ListingDetail;
import com.channelhub.connector.amazon.client.ListingsItem;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** getListingsItem answers, in the model's shape, read into the catalog's listing detail. */
class ListingDetailsTest {

    private static final String US = "ATVPDKIKX0DER";
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ListingsItem item(String text) throws Exception {
        return json.readValue(text.replace('\'', '"'), ListingsItem.class);
    }

    @Test
    void fbaListingWithIssuesKeepsAmazonsChannelTheMostSevereIssueAndTheConsumerPrice() throws Exception {
        ListingsItem item = item("""
                {'sku':'S-1',
                 'summaries':[{'marketplaceId':'A2EUQ1WTGCTBG2','productType':'OTHER','status':[]},
                              {'marketplaceId':'ATVPDKIKX0DER','asin':'B0TEST0001','productType':'LUGGAGE',
                               'conditionType':'new_new','status':['DISCOVERABLE'],'fnSku':'X00TEST001',
                               'mainImage':{'link':'https://m.media-amazon.com/images/I/main.jpg','height':500,'width':500}}],
                 'attributes':{'brand':[{'value':'Marque','marketplace_id':'A2EUQ1WTGCTBG2'},
                                        {'value':'Northwind','marketplace_id':'ATVPDKIKX0DER'}]},
                 'issues':[{'code':'99300','message':'Consider adding bullet points','severity':'INFO','categories':[]},
                           {'code':'18155','message':'The minimum price is greater than the selling price',
                            'severity':'ERROR','categories':['INVALID_PRICE']},
                           {'code':'90220','message':'A second error','severity':'ERROR','categories':[]}],
                 'offers':[{'marketplaceId':'ATVPDKIKX0DER','offerType':'B2B','price':{'currencyCode':'USD','amount':'18.00'}},
                           {'marketplaceId':'ATVPDKIKX0DER','offerType':'B2C','price':{'currencyCode':'USD','amount':'19.99'}}],
                 'fulfillmentAvailability':[{'fulfillmentChannelCode':'DEFAULT','quantity':0},
                                            {'fulfillmentChannelCode':'AMAZON_NA','quantity':7}]}""");

        ListingDetail detail = ListingDetails.of(item, US);

        assertThat(detail.summary().listingStatus()).isEqualTo("DISCOVERABLE");
        assertThat(detail.summary().productType()).isEqualTo("LUGGAGE");
        assertThat(detail.summary().conditionType()).isEqualTo("new_new");
        assertThat(detail.summary().mainImageUrl()).isEqualTo("https://m.media-amazon.com/images/I/main.jpg");
        assertThat(detail.summary().issueCount()).isEqualTo(3);
        assertThat(detail.summary().issueSeverity()).isEqualTo("ERROR");
        assertThat(detail.summary().issueMessage()).isEqualTo("18155: The minimum price is greater than the selling price");
        assertThat(detail.price()).isEqualByComparingTo("19.99");
        assertThat(detail.currency()).isEqualTo("USD");
        assertThat(detail.fulfillmentChannel()).isEqualTo("AMAZON_NA");
        assertThat(detail.quantity()).isEqualTo(7);
        assertThat(detail.brand()).isEqualTo("Northwind");
    }

    @Test
    void onlySummariesLeavesPriceChannelAndIssuesUnknown() throws Exception {
        ListingDetail detail = ListingDetails.of(item("""
                {'sku':'S-2','summaries':[{'marketplaceId':'ATVPDKIKX0DER','productType':'PRODUCT',
                 'status':['BUYABLE','DISCOVERABLE']}]}"""), US);

        assertThat(detail.summary().listingStatus()).isEqualTo("BUYABLE,DISCOVERABLE");
        assertThat(detail.summary().issueCount()).isZero();
        assertThat(detail.summary().issueSeverity()).isNull();
        assertThat(detail.summary().mainImageUrl()).isNull();
        assertThat(detail.price()).isNull();
        assertThat(detail.fulfillmentChannel()).isNull();
        assertThat(detail.quantity()).isNull();
        assertThat(detail.brand()).isNull();
    }
}
