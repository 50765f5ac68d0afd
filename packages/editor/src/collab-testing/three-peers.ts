// Amira, Ben and Chloe on one simulated network, sharing a document of one paragraph: the
// setting of the small co-editing tests that replay what the fuzz test found.
import { $createParagraphNode, $createTextNode, $getRoot } from "lexical";
import { CollabPeer } from "./collab-peer.js";
import { SeededRandom } from "./random.js";
import { SimulatedNetwork } from "./simulated-network.js";

export function threePeersOnOneParagraph(text: string, seed = 1) {
  const network = new SimulatedNetwork(new SeededRandom(seed));
  const people = ["Amira", "Ben", "Chloe"].map(
    (name, i) => new CollabPeer(name, { clientID: i + 1 }),
  );
  for (const peer of people) network.join(peer);
  const [amira, ben, chloe] = people as [CollabPeer, CollabPeer, CollabPeer];
  amira.change(() => {
    $getRoot()
      .clear()
      .append($createParagraphNode().append($createTextNode(text)));
  });
  network.flush();
  return { network, people, amira, ben, chloe };
}
