package io.rectify.contracts.complaint;

/**
 * Who signed, as the identity provider authenticated them, recorded beside the name they typed:
 * a signature binds the person behind the token, not whoever a name claims to be.
 *
 * @param subject  the identity provider's subject of the signing user
 * @param username the signing user's username
 * @param name     the user's name as the identity provider knows it
 * @param role     the role the user signed in (customer, quality-manager)
 */
public record Signer(String subject, String username, String name, String role) {
}
