import { MAX_TRAVEL_KM, isWantedDateAllowed, parseDate } from '@temadag/core';
import type { OfferDesignController } from '../controllers/offer-design.js';

/** The shaping form's handlers of one offer's design. */
export interface DesignHandlers {
  onFormat: (event: Event) => void;
  /**
   * Each keystroke prices the new count; an error shows once the visitor leaves the field (or
   * presses Enter), not while typing, and goes as soon as the count is right.
   */
  onParticipants: (event: Event) => void;
  onModule: (event: Event) => void;
  onDate: (event: Event) => void;
  /** The distance (or zone) of the place: priced as typed, an error once the field is left. */
  onTravel: (event: Event) => void;
}

/** One set per controller: Lit keeps a listener that stays the same function. */
const made = new WeakMap<OfferDesignController, DesignHandlers>();

/**
 * The handlers of the shaping form's fields, which turn the visitor's input into a new design
 * through the offer's {@link OfferDesignController}. They are part of the offer's body (the
 * form's chunk in the script-tag build), since nothing else calls them. Arrow functions: Lit
 * calls listeners with the element as `this`.
 *
 * @param controller - the offer's design controller
 * @returns the handlers, the same object on every call for one controller
 * @example
 * ```ts
 * html`<input @input=${designHandlers(design).onParticipants}>`;
 * ```
 */
export function designHandlers(controller: OfferDesignController): DesignHandlers {
  let handlers = made.get(controller);
  if (handlers) return handlers;
  handlers = {
    onFormat: (event) => {
      const format = (event.target as HTMLInputElement).value;
      const design = { ...controller.design!, format };
      controller.change('format', controller.withModules(design, design.modules));
    },
    onParticipants: (event) => {
      const { value } = event.target as HTMLInputElement;
      const count = value.trim() === '' ? NaN : Number(value);
      const valid = controller.valid(count);
      if (event.type === 'change') {
        controller.participantsError = !valid;
        controller.save();
        controller.rerender();
      } else {
        if (valid) controller.participantsError = false;
        controller.participantsText = value;
        controller.change('participants', { ...controller.design!, participants: count });
      }
    },
    onModule: (event) => {
      const input = event.target as HTMLInputElement;
      const design = controller.design!;
      const wanted = input.checked
        ? [...design.modules, input.value]
        : design.modules.filter((id) => id !== input.value);
      controller.change('modules', controller.withModules(design, wanted));
    },
    onDate: (event) => {
      const value = (event.target as HTMLInputElement).value;
      // One rule with the CLI and the server: only days after today (in Denmark).
      const date = value === '' ? undefined : parseDate(value);
      const past = value !== '' && !(date && isWantedDateAllowed(date, new Date()));
      controller.dateText = value;
      controller.dateError = past;
      const { date: _old, ...rest } = controller.design!;
      controller.change('date', date && !past ? { ...rest, date } : rest);
    },
    onTravel: (event) => {
      const input = event.target as HTMLInputElement | HTMLSelectElement;
      const { travel: _old, ...rest } = controller.design!;
      if (input.localName === 'select') {
        controller.change(
          'travel',
          input.value ? { ...rest, travel: { zone: input.value } } : rest,
        );
        return;
      }
      const text = input.value.trim();
      const km = Number(text);
      const valid = text === '' || (Number.isInteger(km) && km >= 0 && km <= MAX_TRAVEL_KM);
      if (event.type === 'change') {
        controller.travelError = !valid;
        controller.rerender();
        return;
      }
      if (valid) controller.travelError = false;
      controller.travelText = input.value;
      controller.change('travel', text !== '' && valid ? { ...rest, travel: { km } } : rest);
    },
  };
  made.set(controller, handlers);
  return handlers;
}
