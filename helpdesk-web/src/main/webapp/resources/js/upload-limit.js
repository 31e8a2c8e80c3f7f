/*
 * Size check of file fields before a form is sent. A file field inside an element with data-max-bytes (the limit),
 * data-limit (the limit as shown, e.g. "10 MB") and data-too-large (the message, {0} = file name, {1} = limit)
 * refuses a larger file as soon as it is chosen: the message is shown next to the field and the field is emptied,
 * so everything else typed in the form stays. The server checks again (UploadLimitFilter, the views).
 */
(function () {
    'use strict';

    function holder(input) {
        return input.closest ? input.closest('[data-max-bytes]') : null;
    }

    function tooLarge(input) {
        var box = holder(input);
        if (!box || !input.files) {
            return null;
        }
        var max = Number(box.getAttribute('data-max-bytes'));
        for (var i = 0; i < input.files.length; i++) {
            if (max > 0 && input.files[i].size > max) {
                return (box.getAttribute('data-too-large') || '')
                    .replace('{0}', input.files[i].name)
                    .replace('{1}', box.getAttribute('data-limit') || '');
            }
        }
        return null;
    }

    function show(input, text) {
        var box = holder(input);
        var note = box.querySelector('.hd-upload-error');
        if (!note) {
            note = document.createElement('span');
            note.className = 'hd-upload-error';
            note.setAttribute('role', 'alert');
            box.appendChild(note);
        }
        note.textContent = text || '';
        note.style.display = text ? '' : 'none';
    }

    document.addEventListener('change', function (event) {
        var input = event.target;
        if (!input || input.type !== 'file' || !holder(input)) {
            return;
        }
        var text = tooLarge(input);
        if (text) {
            input.value = '';
        }
        show(input, text);
    }, true);

    document.addEventListener('submit', function (event) {
        var inputs = event.target.querySelectorAll ? event.target.querySelectorAll('input[type=file]') : [];
        for (var i = 0; i < inputs.length; i++) {
            var text = tooLarge(inputs[i]);
            if (text) {
                inputs[i].value = '';
                show(inputs[i], text);
                event.preventDefault();
            }
        }
    }, true);
})();
