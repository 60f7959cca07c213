/** The complaint aggregate's events and the value types they carry. */
package io.rectify.contracts.complaint;
