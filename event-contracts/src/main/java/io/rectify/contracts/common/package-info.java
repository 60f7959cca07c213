/** Value types that more than one aggregate's events carry: customers, products, containment. */
package io.rectify.contracts.common;
