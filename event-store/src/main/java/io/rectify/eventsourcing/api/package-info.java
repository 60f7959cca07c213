/**
 * Values both services' APIs take and show (a customer, a product, contained stock, money): API
 * records with their validation, apart from the event contracts they are mapped to
 * ({@link io.rectify.eventsourcing.api.ApiValues}). A new version of an event leaves them as they
 * are, and renaming an event's field breaks no stored read model.
 */
package io.rectify.eventsourcing.api;
