package vn.dangbo.organization.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.organization.OrganizationNode;

/** An organisation with its visible children, for rendering the tree as nested lists. */
record TreeNode(OrganizationNode node, List<TreeNode> children) {

  /** Nests a flat list; nodes whose parent is not in the list become roots. */
  static List<TreeNode> nest(List<OrganizationNode> nodes) {
    Map<Long, TreeNode> byId = new LinkedHashMap<>();
    for (var node : nodes) {
      byId.put(node.id(), new TreeNode(node, new ArrayList<>()));
    }
    var roots = new ArrayList<TreeNode>();
    for (var tree : byId.values()) {
      var parent = tree.node().parentId() == null ? null : byId.get(tree.node().parentId());
      if (parent == null) {
        roots.add(tree);
      } else {
        parent.children().add(tree);
      }
    }
    return roots;
  }
}
