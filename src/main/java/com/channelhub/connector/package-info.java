/**
 * What every platform connector (a Camel component per platform, in a sub-package) exchanges with the hub's flows:
 * catalog items in the canonical shape, price changes going out and a result per item coming back. A connector
 * knows nothing of the hub's database; the flows map these records onto it.
 */
package com.channelhub.connector;
