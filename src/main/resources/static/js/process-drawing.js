/*
 * Draws the experimentation's processes with the bpmn-js navigated viewer (vendor/bpmn-js), under the site's strict
 * Content-Security-Policy: no inline script or style; bpmn-js sets styles through the DOM (element.style), which
 * the policy allows. The page lists the steps and their states first (server side, no JavaScript needed); this
 * script only adds the drawing below each list, with the same states as markers:
 *   fa-done     done: green fill, a tick overlay (the help above the drawing says what a tick means)
 *   fa-current  running: thick blue border, an "in progress" overlay
 *   fa-upcoming not reached yet: dotted border
 * Data: GET data-source (JSON: [{processKey, xml, markers: {elementId: DONE|CURRENT|UPCOMING}}]), one entry per
 * .process-drawing block, in the same order.
 */
(function () {
  'use strict';

  var root = document.querySelector('.process-drawings');
  if (!root || typeof window.BpmnJS !== 'function' || typeof window.fetch !== 'function') {
    return;
  }
  var blocks = Array.prototype.slice.call(root.querySelectorAll('.process-drawing'));

  function failed(block) {
    var canvasBlock = block.querySelector('.process-canvas-block');
    canvasBlock.hidden = true;
    block.querySelector('.process-drawing-failed').hidden = false;
  }

  /** A small label over an element, hidden from screen readers: the list above says the same. */
  function badge(className, text) {
    var span = document.createElement('span');
    span.className = 'fa-badge ' + className;
    span.setAttribute('aria-hidden', 'true');
    span.textContent = text;
    return span;
  }

  function isActivity(element) {
    var bo = element.businessObject;
    return !!bo && typeof bo.$instanceOf === 'function' && bo.$instanceOf('bpmn:Activity');
  }

  function mark(viewer, markers) {
    var canvas = viewer.get('canvas');
    var registry = viewer.get('elementRegistry');
    var overlays = viewer.get('overlays');
    Object.keys(markers).forEach(function (id) {
      var element = registry.get(id);
      if (!element) {
        return; // e.g. an element of another drawing
      }
      var state = String(markers[id]).toLowerCase();
      canvas.addMarker(id, 'fa-' + state);
      if (!isActivity(element)) {
        return;
      }
      if (state === 'done') {
        overlays.add(id, 'fa-state', {
          position: { top: -12, right: 12 },
          scale: { min: 0.8 },
          html: badge('fa-badge-done', '\u2713')
        });
      } else if (state === 'current') {
        overlays.add(id, 'fa-state', {
          position: { top: -36, left: 0 },
          scale: { min: 0.8 },
          html: badge('fa-badge-current', '\u25B6 ' + root.dataset.labelCurrent)
        });
      }
    });
  }

  function fit(viewer) {
    viewer.get('canvas').zoom('fit-viewport', 'auto');
  }

  function zoomBy(viewer, factor) {
    var canvas = viewer.get('canvas');
    canvas.zoom(canvas.zoom() * factor, 'auto');
  }

  function draw(block, data) {
    var canvasBlock = block.querySelector('.process-canvas-block');
    var container = block.querySelector('.process-canvas');
    // shown before drawing: the viewer measures its box
    canvasBlock.hidden = false;
    // no wheel zoom: the mouse wheel keeps scrolling the page; the buttons zoom
    var viewer = new window.BpmnJS({ container: container, zoomScroll: { enabled: false } });
    return viewer.importXML(data.xml).then(function () {
      mark(viewer, data.markers || {});
      fit(viewer);
      var svg = container.querySelector('svg');
      if (svg) {
        svg.setAttribute('role', 'img');
        svg.setAttribute('aria-label', container.dataset.label);
        // bpmn-js moves the drawing with Ctrl + arrows; plain arrows do it too once the drawing has the focus
        svg.addEventListener('keydown', function (event) {
          var step = event.shiftKey ? 200 : 50;
          var move = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] }[event.key];
          if (!move || event.ctrlKey || event.metaKey || event.altKey) {
            return;
          }
          viewer.get('canvas').scroll({ dx: move[0], dy: move[1] });
          event.preventDefault();
        });
      }
      block.querySelector('[data-zoom=in]').addEventListener('click', function () { zoomBy(viewer, 1.25); });
      block.querySelector('[data-zoom=out]').addEventListener('click', function () { zoomBy(viewer, 0.8); });
      block.querySelector('[data-zoom=fit]').addEventListener('click', function () { fit(viewer); });
      var width = container.clientWidth;
      window.addEventListener('resize', function () {
        if (container.clientWidth !== width) {
          width = container.clientWidth;
          viewer.get('canvas').resized();
          fit(viewer);
        }
      });
      block.classList.add('is-drawn');
    });
  }

  window.fetch(root.dataset.source, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (drawings) {
      blocks.forEach(function (block, index) {
        var data = drawings[index];
        if (!data || data.processKey !== block.dataset.processKey) {
          failed(block);
          return;
        }
        draw(block, data).catch(function () { failed(block); });
      });
    })
    .catch(function () { blocks.forEach(failed); });
}());
