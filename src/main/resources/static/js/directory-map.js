// The directory's map (issue #17, point 5): one marker per organisation of the list beside it (the list is the map's
// text equivalent), clustered when many, with Leaflet and Leaflet.markercluster. The tile server comes from the page
// (faireavec.directory.tiles.url); if its tiles do not load, the page says the map is unavailable and the list stays.
// Keyboard: the map pans with the arrows and zooms with + and -, markers are reached with Tab and open with Enter;
// each located organisation of the list gets a "show on the map" button that opens its marker.
(function () {
  'use strict';
  var box = document.getElementById('directory-map');
  if (!box || typeof L === 'undefined') {
    return;
  }
  var unavailable = document.getElementById('map-unavailable');
  var items = Array.prototype.slice.call(document.querySelectorAll('.directory-map-list li[data-lat]'));
  // Leaflet's own controls speak English: their titles come from the page, in the person's language
  var map = L.map(box, { keyboard: true, scrollWheelZoom: false, zoomControl: false });
  L.control.zoom({
    zoomInTitle: box.getAttribute('data-zoom-in') || 'Zoom in',
    zoomOutTitle: box.getAttribute('data-zoom-out') || 'Zoom out'
  }).addTo(map);
  map.attributionControl.setPrefix(box.getAttribute('data-attribution-prefix') || false);
  var failures = 0;
  var shown = false;
  var tiles = L.tileLayer(box.getAttribute('data-tiles'), {
    maxZoom: 19,
    attribution: box.getAttribute('data-attribution')
  });
  tiles.on('tileerror', function () {
    failures += 1;
    if (failures >= 4 && !shown) {
      shown = true;
      unavailable.hidden = false;
      box.hidden = true;
    }
  });
  tiles.addTo(map);
  var clusters = L.markerClusterGroup();
  var bounds = [];
  var showLabel = box.getAttribute('data-cluster-label') || 'Show on the map';
  items.forEach(function (li) {
    var lat = parseFloat(li.getAttribute('data-lat'));
    var lon = parseFloat(li.getAttribute('data-lon'));
    if (isNaN(lat) || isNaN(lon)) {
      return;
    }
    var name = li.getAttribute('data-name');
    var marker = L.marker([lat, lon], { title: name, alt: name, keyboard: true });
    var link = document.createElement('a');
    link.href = li.getAttribute('data-href');
    link.textContent = name;
    marker.bindPopup(link);
    clusters.addLayer(marker);
    bounds.push([lat, lon]);
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'link-button';
    button.textContent = showLabel;
    button.setAttribute('aria-describedby', 'map-heading');
    button.addEventListener('click', function () {
      clusters.zoomToShowLayer(marker, function () {
        marker.openPopup();
        var icon = marker.getElement();
        if (icon) {
          icon.focus();
        }
      });
    });
    li.appendChild(document.createTextNode(' '));
    li.appendChild(button);
  });
  map.addLayer(clusters);
  if (bounds.length > 0) {
    map.fitBounds(bounds, { padding: [20, 20], maxZoom: 15 });
  } else {
    map.setView([46.6, 2.4], 5);
  }
})();
