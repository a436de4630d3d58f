// The @recogito/text-annotator side of the app benchmark, bundled by esbuild (its UMD build
// throws "process is not defined"). The page holds the same blocks as Quotemark's; this
// script loads the annotations and records when they are first painted and how long adding
// one more takes until painted.
import { createTextAnnotator } from '@recogito/text-annotator';

window.peer = { ready: null, redraws: 0 };
const container = document.getElementById('article');
fetch('./annotations.json')
  .then((r) => r.json())
  .then((annotations) => {
    // setAnnotations places annotations only on the container's first resize notification,
    // so it is called in the same task as createTextAnnotator.
    const anno = createTextAnnotator(container);
    window.peer.anno = anno;
    anno.renderer.on('onRedraw', () => {
      window.peer.redraws += 1;
      // A redraw can come before the annotations are placed: ready is the first one that
      // painted highlights (it paints those in the viewport).
      const painted = document.querySelectorAll('.r6o-annotation').length;
      if (window.peer.ready === null && painted > 0) window.peer.ready = performance.now();
      window.peer.onRedraw?.();
    });
    anno.setAnnotations(annotations);
  });

/** Adds `annotation` and resolves with the milliseconds until the next redraw. */
window.peer.addOne = (annotation) =>
  new Promise((resolve) => {
    const start = performance.now();
    window.peer.onRedraw = () => {
      window.peer.onRedraw = null;
      requestAnimationFrame(() => resolve(performance.now() - start));
    };
    window.peer.anno.addAnnotation(annotation);
  });
