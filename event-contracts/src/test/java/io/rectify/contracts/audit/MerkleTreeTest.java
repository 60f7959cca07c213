package io.rectify.contracts.audit;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MerkleTreeTest {

    private static final byte[] NODE = {0x01};

    @Test
    void theRootOfThreeLeavesSplitsAfterTheFirstTwo() {
        List<byte[]> leaves = leaves(3);
        byte[] left = CanonicalEncoding.sha256(NODE, leaves.get(0), leaves.get(1));
        assertArrayEquals(CanonicalEncoding.sha256(NODE, left, leaves.get(2)), MerkleTree.of(leaves).root());
        assertArrayEquals(leaves.get(0), MerkleTree.of(leaves.subList(0, 1)).root(), "one leaf is its own root");
    }

    @Test
    void everyLeafOfEveryTreeSizeHasAProofThatHoldsAndOnlyForItsOwnPlace() {
        for (int size = 1; size <= 17; size++) {
            List<byte[]> leaves = leaves(size);
            MerkleTree tree = MerkleTree.of(leaves);
            for (int index = 0; index < size; index++) {
                List<byte[]> proof = tree.inclusionProof(index);
                assertTrue(MerkleTree.verifyInclusion(leaves.get(index), index, size, proof, tree.root()), size + "/" + index);
                if (size > 1) {
                    int other = (index + 1) % size;
                    assertFalse(MerkleTree.verifyInclusion(leaves.get(other), index, size, proof, tree.root()),
                            "another leaf in its place, " + size + "/" + index);
                    assertFalse(MerkleTree.verifyInclusion(leaves.get(index), other, size, proof, tree.root()),
                            "its leaf in another place, " + size + "/" + index);
                }
            }
        }
    }

    @Test
    void aLeafNamesTheStreamItsVersionAndHash() {
        UUID stream = UUID.randomUUID();
        byte[] leaf = MerkleTree.leafHash("complaint", stream, 3, "ab".repeat(32));
        assertNotEquals(CanonicalEncoding.hex(leaf), CanonicalEncoding.hex(MerkleTree.leafHash("complaint", stream, 4, "ab".repeat(32))));
        assertNotEquals(CanonicalEncoding.hex(leaf), CanonicalEncoding.hex(MerkleTree.leafHash("car", stream, 3, "ab".repeat(32))));
    }

    @Test
    void theEncodingCannotBeReadTwoWays() {
        assertNotEquals(CanonicalEncoding.hex(CanonicalEncoding.of("ab", "c")), CanonicalEncoding.hex(CanonicalEncoding.of("a", "bc")));
        assertEquals("2:ab1:c", new String(CanonicalEncoding.of("ab", "c")));
        assertEquals("2:\u00e9", new String(CanonicalEncoding.of("é"), java.nio.charset.StandardCharsets.UTF_8), "bytes, not characters");
    }

    private static List<byte[]> leaves(int n) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leaves.add(MerkleTree.leafHash("complaint", new UUID(0, i), i + 1, "%064x".formatted(i)));
        }
        return leaves;
    }
}
