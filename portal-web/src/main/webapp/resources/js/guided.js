/*
 * The guided session's tools, all in the browser: a hold timer that counts down and says when the hold is done, a
 * repetition counter, and a metronome that clicks at the prescribed steps per minute. Events are delegated from the
 * document, so the tools work again after each step is drawn anew.
 */
(function () {
    'use strict';

    var timers = new WeakMap();
    var audio = null;
    var metronome = null;

    function hold(tool, button) {
        var running = timers.get(tool);
        if (running) {
            clearInterval(running);
            timers.delete(tool);
            button.textContent = button.dataset.startText;
            return;
        }
        var seconds = parseInt(tool.dataset.seconds, 10);
        var left = seconds;
        var shown = tool.querySelector('.hold-left');
        var announce = tool.querySelector('.hold-announce');
        button.dataset.startText = button.dataset.startText || button.textContent;
        button.textContent = tool.dataset.pause;
        shown.textContent = String(left);
        announce.textContent = '';
        var timer = setInterval(function () {
            if (!document.body.contains(tool)) {
                clearInterval(timer);
                timers.delete(tool);
                return;
            }
            left -= 1;
            shown.textContent = String(left);
            if (left <= 0) {
                clearInterval(timer);
                timers.delete(tool);
                button.textContent = button.dataset.startText;
                shown.textContent = String(seconds);
                announce.textContent = tool.dataset.done;
                beep(880, 0.25);
            }
        }, 1000);
        timers.set(tool, timer);
    }

    function count(tool, by) {
        var target = parseInt(tool.dataset.target, 10);
        var done = by === 0 ? 0 : Math.min((parseInt(tool.dataset.count || '0', 10)) + by, target);
        tool.dataset.count = String(done);
        tool.querySelector('.rep-count').textContent = done + ' / ' + target + (done === target ? ' · ' + tool.dataset.done : '');
    }

    function context() {
        if (!audio) {
            var Audio = window.AudioContext || window.webkitAudioContext;
            audio = Audio ? new Audio() : null;
        }
        return audio;
    }

    function beep(frequency, seconds) {
        var ctx = context();
        if (!ctx) {
            return;
        }
        var oscillator = ctx.createOscillator();
        var gain = ctx.createGain();
        oscillator.frequency.value = frequency;
        gain.gain.setValueAtTime(0.3, ctx.currentTime);
        gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + seconds);
        oscillator.connect(gain).connect(ctx.destination);
        oscillator.start();
        oscillator.stop(ctx.currentTime + seconds);
    }

    function tick(tool) {
        var ctx = context();
        if (ctx) {
            ctx.resume();
        }
        var stop = metronome;
        if (stop) {
            clearInterval(stop.timer);
            stop.button.setAttribute('aria-pressed', 'false');
            stop.button.textContent = stop.button.dataset.start;
            metronome = null;
            if (stop.tool === tool) {
                return;
            }
        }
        var button = tool.querySelector('.metronome-toggle');
        var beat = tool.querySelector('.metronome-beat');
        var every = 60000 / parseInt(tool.dataset.cadence, 10);
        var timer = setInterval(function () {
            if (!document.body.contains(tool)) {
                clearInterval(timer);
                metronome = null;
                return;
            }
            beep(1000, 0.04);
            beat.classList.toggle('on');
        }, every);
        button.setAttribute('aria-pressed', 'true');
        button.textContent = button.dataset.stop;
        metronome = {tool: tool, button: button, timer: timer};
    }

    document.addEventListener('click', function (event) {
        var target = event.target.closest('button');
        if (!target) {
            return;
        }
        if (target.classList.contains('hold-start')) {
            hold(target.closest('.hold-timer'), target);
        } else if (target.classList.contains('rep-add')) {
            count(target.closest('.rep-counter'), 1);
        } else if (target.classList.contains('rep-reset')) {
            count(target.closest('.rep-counter'), 0);
        } else if (target.classList.contains('metronome-toggle')) {
            tick(target.closest('.metronome'));
        }
    });
})();
