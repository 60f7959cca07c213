package io.rectify.contracts.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The Merkle tree that anchors the heads of all hash chains of a service in one root, as
 * Certificate Transparency defines it (RFC 9162, section 2.1): a leaf is SHA-256 over 0x00 and
 * the leaf's data, a node SHA-256 over 0x01 and its two children, and a tree of n leaves splits
 * at the largest power of two below n. An inclusion proof lets anyone check, with the root from
 * the Kafka record alone, that one stream stood at one version with one hash when it was anchored.
 */
public final class MerkleTree {

    private static final byte[] LEAF = {0x00};
    private static final byte[] NODE = {0x01};

    private final List<byte[]> leaves;

    private MerkleTree(List<byte[]> leaves) {
        this.leaves = List.copyOf(leaves);
    }

    /** A tree over leaf hashes, in the order given. */
    public static MerkleTree of(List<byte[]> leafHashes) {
        return new MerkleTree(leafHashes);
    }

    /** The leaf of one chain's head: its stream, the version it had reached and that event's hash (hex). */
    public static byte[] leafHash(String streamType, UUID streamId, long version, String hash) {
        return CanonicalEncoding.sha256(LEAF, CanonicalEncoding.of(streamType, streamId.toString(), Long.toString(version), hash));
    }

    public int size() {
        return leaves.size();
    }

    public byte[] root() {
        return leaves.isEmpty() ? CanonicalEncoding.sha256() : root(0, leaves.size());
    }

    /** The audit path of leaf {@code index}: the sibling hashes from the leaf up to the root. */
    public List<byte[]> inclusionProof(int index) {
        if (index < 0 || index >= leaves.size()) {
            throw new IndexOutOfBoundsException("leaf " + index + " of " + leaves.size());
        }
        List<byte[]> path = new ArrayList<>();
        path(index, 0, leaves.size(), path);
        return path;
    }

    /** Whether {@code proof} shows the leaf at {@code index} of a tree of {@code size} leaves under {@code root} (RFC 9162, 2.1.3.2). */
    public static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] sibling : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = CanonicalEncoding.sha256(NODE, sibling, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = CanonicalEncoding.sha256(NODE, r, sibling);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    private byte[] root(int from, int to) {
        if (to - from == 1) {
            return leaves.get(from);
        }
        int split = from + largestPowerOfTwoBelow(to - from);
        return CanonicalEncoding.sha256(NODE, root(from, split), root(split, to));
    }

    private void path(int index, int from, int to, List<byte[]> path) {
        if (to - from == 1) {
            return;
        }
        int split = from + largestPowerOfTwoBelow(to - from);
        if (index < split) {
            path(index, from, split, path);
            path.add(root(split, to));
        } else {
            path(index, split, to, path);
            path.add(root(from, split));
        }
    }

    private static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }
}
