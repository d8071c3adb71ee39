import * as Phaser from 'phaser';

/**
 * The empty first scene, until the router starts the first real screen of the mode. It draws nothing:
 * the canvas's own paper colour shows, and no drawing work is spent before the real screen.
 */
export class ModeBootScene extends Phaser.Scene {}
