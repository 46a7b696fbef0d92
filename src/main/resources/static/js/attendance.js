// The attendance sheet: the count per college follows the ticked boxes, so the carrier sees the balance live.
// Without scripts the counts are the saved ones; the server counts again when the sheet is saved. The page may come
// back with boxes ticked but not saved yet (someone added on the spot was refused): count them at once.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.querySelector('.attendance-form');
  if (!form) {
    return;
  }
  function recount() {
    document.querySelectorAll('.attendance-counts output').forEach(function (output) {
      var college = output.id.substring('count-'.length);
      output.value = form.querySelectorAll('input[name="present"][data-college="' + college + '"]:checked').length;
    });
  }
  form.addEventListener('change', recount);
  recount();
});
